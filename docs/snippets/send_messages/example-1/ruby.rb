require 'ruby-bandwidth'

include Bandwidth

client = Client.new(
  :user_id => "YOUR_USER_ID",
  :api_token => "YOUR_API_TOKEN",
  :api_secret => "YOUR_API_SECRET",
  :api_endpoint => "https://api.catapult.inetwork.com"
)

messages = Message.create(client, [
  {
    :from => "+19195551211",
    :to => "+19195551213",
    :text => "Thank you for subscribing to Unicorn Enterprises!"
  },
  {
    :from => "+19195551212",
    :to => "+19195551214",
    :text => "Thank you for subscribing to Unicorn Enterprises!"
  }
])
messages.each do |item|
  puts item[:id]
end
