const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Application.create({
  name: 'SampleApp2',
  incomingCallUrl: 'http://your-server.com/CallCallback',
  incomingCallUrlCallbackTimeout: 5000,
  incomingCallFallbackUrl: 'http://your-fallback-server.com/CallCallback',
  incomingMessageUrl: 'http://your-server.com/MsgCallback',
  incomingMessageUrlCallbackTimeout: 8000,
  incomingMessageFallbackUrl: 'http://your-fallback-server.com/MsgCallback',
  callbackHttpMethod: 'POST',
  autoAnswer: false
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
