import bandwidth

account_api = bandwidth.client(
    "account",
    "YOUR_USER_ID",
    "YOUR_API_TOKEN",
    "YOUR_API_SECRET",
    api_endpoint="https://api.catapult.inetwork.com",
)

application_id = account_api.create_application(
    name="SampleApp2",
    incoming_call_url="http://your-server.com/CallCallback",
    incoming_call_url_callback_timeout=5000,
    incoming_call_fallback_url="http://your-fallback-server.com/CallCallback",
    incoming_message_url="http://your-server.com/MsgCallback",
    incoming_message_url_callback_timeout=8000,
    incoming_message_fallback_url="http://your-fallback-server.com/MsgCallback",
    callback_http_method="POST",
    auto_answer=False,
)
print(application_id)
