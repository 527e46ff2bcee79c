import bandwidth

account_api = bandwidth.client(
    "account",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

account_api.update_application(
    "a-zuwwfzzrbea", incoming_call_url="http://different.example.com/calls.php"
)
print("Done")
