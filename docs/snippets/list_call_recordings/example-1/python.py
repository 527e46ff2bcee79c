import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for recording in voice_api.list_call_recordings("c-qbs5kwrsyx6wsdi"):
    print(recording["id"])
