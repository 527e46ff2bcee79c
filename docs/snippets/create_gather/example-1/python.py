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
    max_digits=5,
    terminating_digits="*",
    inter_digit_timeout=7,
    prompt={"sentence": "Please enter your 5 digit code"},
)
print(gather_id)
