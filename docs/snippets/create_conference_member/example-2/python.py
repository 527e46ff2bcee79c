import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

member_id = voice_api.create_conference_member(
    "conf-7qrj2t3lfixl4cgjcdonkna", call_id="c-zan4g74pprsq", mute=True
)
print(member_id)
