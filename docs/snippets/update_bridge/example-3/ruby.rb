require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

bridge = Bridge.get(client, "brg-65dhjwrmbasiei")
bridge.update({
  :call_ids => ["c-mxdxqqwlhjcc", "c-ivgshuhkikfw"],
  :bridge_audio => false
})
puts "Done"
