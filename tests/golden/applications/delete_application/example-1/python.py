import bandwidth

account_api = bandwidth.client(
    "account",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

account_api.delete_application("a-zuwwfzzrbea")
print("Done")
