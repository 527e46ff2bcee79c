import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

call_id = voice_api.create_call(
    from_="+19195551212", to="+19195551313", recording_enabled=True
)
print(call_id)
