import bandwidth

messaging_api = bandwidth.client(
    "messaging",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

message_id = messaging_api.send_message(
    from_="+19195551212",
    to="+19195551213",
    text="Good morning, this is a test message",
    media=["https://api.catapult.inetwork.com/v1/users/u-abc123/media/image-1.jpg"],
    callback_url="http://my.callback.url/messages",
)
print(message_id)
