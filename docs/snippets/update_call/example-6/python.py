import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

voice_api.update_call(
    "c-qbs5kwrsyx6wsdi", recording_enabled=True, recording_file_format="mp3"
)
print("Done")
