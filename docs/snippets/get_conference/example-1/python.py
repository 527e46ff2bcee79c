import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

conference = voice_api.get_conference("conf-7qrj2t3lfixl4cgjcdonkna")
print(conference["id"])
