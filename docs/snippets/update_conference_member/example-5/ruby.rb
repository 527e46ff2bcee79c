require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

conference = Conference.get(client, "conf-7qrj2t3lfixl4cgjcdonkna")
conference_member = conference.get_member("member-i3bgynrxllq3n3hbe5ccaxq")
conference_member.update({
  :leaving_tone => true
})
puts "Done"
