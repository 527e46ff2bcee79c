import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for call in voice_api.list_calls(bridge_id="brg-65dhjwrmbasiei", sort_order="asc"):
    print(call["id"])
