import bandwidth

voice_api = bandwidth.client(
    "voice",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

call_id = voice_api.transfer_call(
    "c-qbs5kwrsyx6wsdi",
    "+18382947878",
    "private",
    {
        "sentence": "You have an incoming call",
        "gender": "female",
        "voice": "Julie",
        "locale": "en_US",
    },
)
print(call_id)
