import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

transcription_id = voice_api.create_transcription("rec-togfrwqp2bxxezstzbzadra")
print(transcription_id)
