import bandwidth

messaging_api = bandwidth.client(
    "messaging",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

message = messaging_api.get_message("m-lsegtu6usdrp7q4ltpywxvi")
print(message["id"])
