require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

recording = Recording.get(client, "rec-togfrwqp2bxxezstzbzadra")
transcription = recording.get_transcription("tr-vnsbkjqplb3dp34o7ubemfq")
puts transcription[:id]
