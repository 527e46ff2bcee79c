import bandwidth

messaging_api = bandwidth.client(
    "messaging",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

for message in messaging_api.send_messages(
    [
        {
            "from": "+19195551211",
            "to": "+19195551213",
            "text": "Thank you for subscribing to Unicorn Enterprises!",
        },
        {
            "from": "+19195551212",
            "to": "+19195551214",
            "text": "Thank you for subscribing to Unicorn Enterprises!",
        },
    ]
):
    print(message["location"])
