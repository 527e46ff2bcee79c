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
  :bridge_id => "brg-65dhjwrmbasiei"
})
puts call.id
