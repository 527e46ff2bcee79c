require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

application = Application.create(client, {
  :name => "SampleApp2",
  :incoming_call_url => "http://your-server.com/CallCallback",
  :incoming_call_url_callback_timeout => 5000,
  :incoming_call_fallback_url => "http://your-fallback-server.com/CallCallback",
  :incoming_message_url => "http://your-server.com/MsgCallback",
  :incoming_message_url_callback_timeout => 8000,
  :incoming_message_fallback_url => "http://your-fallback-server.com/MsgCallback",
  :callback_http_method => "POST",
  :auto_answer => false
})
puts application.id
