import bandwidth

messaging_api = bandwidth.client(
    "messaging",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for message in messaging_api.list_messages(
    to_date_time="2012-10-05 20:37:39", direction="out"
):
    print(message["id"])
