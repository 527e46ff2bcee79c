import bandwidth

account_api = bandwidth.client(
    "account",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

application_id = account_api.create_application(
    name="MyFirstApp",
    incoming_call_url="http://example.com/calls.php",
    incoming_message_url="http://example.com/messages.php",
    callback_http_method="GET",
    auto_answer=True,
)
print(application_id)
