require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

call = Call.create(client, {
  :from => "+19195551212",
  :to => "+19195551313",
  :callback_url => "http://my.callback.url/calls",
  :callback_http_method => "GET",
  :fallback_url => "http://my.fallback.url/calls"
})
puts call.id
