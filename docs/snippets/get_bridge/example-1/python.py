import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

bridge = voice_api.get_bridge("brg-65dhjwrmbasiei")
print(bridge["id"])
