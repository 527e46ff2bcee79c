require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

call = Call.get(client, "c-qbs5kwrsyx6wsdi")
gather = call.create_gather({
  :max_digits => 5,
  :terminating_digits => "*",
  :inter_digit_timeout => 7,
  :prompt => {:sentence => "Please enter your 5 digit code"}
})
puts gather[:id]
