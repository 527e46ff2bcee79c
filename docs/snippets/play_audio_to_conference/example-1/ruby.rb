require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

conference = Conference.get(client, "conf-7qrj2t3lfixl4cgjcdonkna")
conference.play_audio({
  :sentence => "Hello everyone on the conference today",
  :gender => "female",
  :locale => "en_US",
  :voice => "Kate"
})
puts "Done"
