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
    text="Thank you for subscribing to Unicorn Enterprises!",
    receipt_requested="all",
    callback_url="http://my.callback.url/messages",
)
print(message_id)
