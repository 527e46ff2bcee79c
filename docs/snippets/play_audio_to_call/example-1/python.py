import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

voice_api.play_audio_to_call(
    "c-qbs5kwrsyx6wsdi",
    sentence="Hello, thank you for calling.",
    gender="female",
    locale="en_US",
    voice="Julie",
)
print("Done")
