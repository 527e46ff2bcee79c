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
  :transfer_to => "+18382947878",
  :transfer_caller_id => "private",
  :whisper_audio => {:sentence => "You have an incoming call", :gender => "female", :voice => "Julie", :locale => "en_US"}
})
puts call_id
