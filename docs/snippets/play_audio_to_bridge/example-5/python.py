import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

voice_api.play_audio_to_bridge("brg-65dhjwrmbasiei", sentence="")
print("Done")
