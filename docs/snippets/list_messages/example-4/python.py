import bandwidth

messaging_api = bandwidth.client(
    "messaging",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for message in messaging_api.list_messages(delivery_state="not-delivered", size=100):
    print(message["id"])
