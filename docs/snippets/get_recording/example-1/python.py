import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

recording = voice_api.get_recording("rec-togfrwqp2bxxezstzbzadra")
print(recording["id"])
