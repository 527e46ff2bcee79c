const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Recording.list({
  size: 100
}, function (err, response) {
  if (err) {
    console.log(err);
  }
  else {
    response.forEach(function (item) {
      console.log(item.id);
    });
  }
});
