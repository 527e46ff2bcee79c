require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

application = Application.create(client, {
  :name => "MyFirstApp",
  :incoming_call_url => "http://example.com/calls.php",
  :incoming_message_url => "http://example.com/messages.php",
  :callback_http_method => "GET",
  :auto_answer => true
})
puts application.id
