require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

messages = Message.list(client, {
  :to_date_time => "2012-10-05 20:37:39",
  :direction => "out"
})
messages.each do |item|
  puts item[:id]
end
