const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.createGather('c-qbs5kwrsyx6wsdi', {
  maxDigits: 1,
  tag: 'main-menu',
  prompt: {fileUrl: 'http://example.com/menu.mp3', loopEnabled: true}
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    console.log(response.id);
  }
});
