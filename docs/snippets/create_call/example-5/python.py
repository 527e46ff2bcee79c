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
    to="+19195551313",
    callback_url="http://my.callback.url/calls",
    callback_http_method="GET",
    fallback_url="http://my.fallback.url/calls",
)
print(call_id)
