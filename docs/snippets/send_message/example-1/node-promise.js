const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Message.send({
  from: '+19195551212',
  to: '+19195551213',
  text: 'Good morning, this is a test message',
  callbackUrl: 'http://my.callback.url/messages'
})
.then(function (response) {
  console.log(response.id);
});
