import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

gather_id = voice_api.create_call_gather(
    "c-qbs5kwrsyx6wsdi",
    max_digits=1,
    tag="main-menu",
    prompt={"fileUrl": "http://example.com/menu.mp3", "loopEnabled": True},
)
print(gather_id)
