require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

application = Application.get(client, "a-zuwwfzzrbea")
application.update({
  :name => "Rename App2",
  :auto_answer => false
})
puts "Done"
