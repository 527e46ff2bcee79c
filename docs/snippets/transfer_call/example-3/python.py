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
    "+19195554444",
    diversionTreatment="stack",
    diversionReason="do-not-disturb",
)
print(call_id)
