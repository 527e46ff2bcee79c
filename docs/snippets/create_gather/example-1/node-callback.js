const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.createGather('c-qbs5kwrsyx6wsdi', {
  maxDigits: 5,
  terminatingDigits: '*',
  interDigitTimeout: 7,
  prompt: {sentence: 'Please enter your 5 digit code'}
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
