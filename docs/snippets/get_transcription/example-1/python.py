import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

transcription = voice_api.get_transcription(
    "rec-togfrwqp2bxxezstzbzadra", "tr-vnsbkjqplb3dp34o7ubemfq"
)
print(transcription["id"])
