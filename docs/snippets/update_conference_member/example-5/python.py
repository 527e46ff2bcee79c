import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

voice_api.update_conference_member(
    "conf-7qrj2t3lfixl4cgjcdonkna", "member-i3bgynrxllq3n3hbe5ccaxq", leaving_tone=True
)
print("Done")
