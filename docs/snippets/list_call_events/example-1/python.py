import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for call_event in voice_api.list_call_events("c-qbs5kwrsyx6wsdi"):
    print(call_event["id"])
