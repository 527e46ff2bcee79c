require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

call = Call.get(client, "c-qbs5kwrsyx6wsdi")
call_id = call.update({
  :state => "transferring",
  :transfer_to => "+19195554444",
  :diversion_treatment => "stack",
  :diversion_reason => "do-not-disturb"
})
puts call_id
