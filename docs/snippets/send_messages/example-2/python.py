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
            "text": "This is the test message one",
            "callbackUrl": "http://my.callback.url/messages",
        },
        {
            "from": "+19195551212",
            "to": "+19195551214",
            "text": "This is the test message two",
            "callbackUrl": "http://my.callback.url/messages",
        },
        {
            "from": "+19195551211",
            "to": "+19195551215",
            "text": "This is the test message three",
            "media": ["http://your-site.com/image-1.jpg"],
            "callbackUrl": "http://my.callback.url/messages",
        },
    ]
):
    print(message["location"])
