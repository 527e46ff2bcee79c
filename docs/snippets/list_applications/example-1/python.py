import bandwidth

account_api = bandwidth.client(
    "account",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for application in account_api.list_applications():
    print(application["id"])
