const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.playAudioAdvanced('c-qbs5kwrsyx6wsdi', {
  sentence: 'Hello, thank you for calling.',
  gender: 'female',
  locale: 'en_US',
  voice: 'Julie'
})
.then(function () {
  console.log('Done');
});
