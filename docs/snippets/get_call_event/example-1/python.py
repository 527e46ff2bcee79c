import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

call_event = voice_api.get_call_event("c-qbs5kwrsyx6wsdi", "ce-qg4vz6anrfogri7hhduqlgq")
print(call_event["id"])
