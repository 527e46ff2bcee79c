import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

call_id = voice_api.create_call(
    from_="+19195551212",
    to="sip:someone@somewhere.com",
    sip_headers={"X-Header-1": "value1", "X-Header-2": "value2"},
)
print(call_id)
