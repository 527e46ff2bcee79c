import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

gather = voice_api.get_call_gather("c-qbs5kwrsyx6wsdi", "gtr-kj4xloaq5vbpfxyeypndgxa")
print(gather["id"])
